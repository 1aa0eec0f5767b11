import { useEffect, useRef, type ReactNode } from 'react';
import { classNames } from '../utils/class-names';

export interface NotificationBannerProps {
  /** A success banner confirms what the user just did, takes focus and is announced. */
  type?: 'success';
  title?: ReactNode;
  titleId?: string;
  /** Shown as the banner's heading; further children follow it. */
  heading?: ReactNode;
  children?: ReactNode;
}

export function NotificationBanner({
  type,
  title = type === 'success' ? 'Success' : 'Important',
  titleId = 'govuk-notification-banner-title',
  heading,
  children,
}: NotificationBannerProps) {
  const success = type === 'success';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <div
      ref={ref}
      className={classNames(
        'govuk-notification-banner',
        success && 'govuk-notification-banner--success',
      )}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
