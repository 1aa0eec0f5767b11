import type { ReactNode } from 'react';
import { Footer, type FooterLink } from './Footer';
import { Header } from './Header';
import { PhaseBanner } from './PhaseBanner';
import { SkipLink } from './SkipLink';

export interface LayoutProps {
  children: ReactNode;
  serviceName?: string;
  serviceUrl?: string;
  /** Rendered under the header, typically a ServiceNavigation. */
  navigation?: ReactNode;
  phase?: string;
  feedbackHref?: string;
  /** Rendered above <main>, for a back link or breadcrumbs. */
  beforeContent?: ReactNode;
  footerLinks?: FooterLink[];
  footerMeta?: ReactNode;
}

export function Layout({
  children,
  serviceName = 'Pathways',
  serviceUrl = '/',
  navigation,
  phase = 'Beta',
  feedbackHref,
  beforeContent,
  footerLinks,
  footerMeta,
}: LayoutProps) {
  return (
    <>
      <SkipLink href="#main-content" />
      <header className="govuk-template__header">
        <Header serviceName={serviceName} serviceUrl={serviceUrl} />
        {navigation}
        <PhaseBanner phase={phase} feedbackHref={feedbackHref} />
      </header>
      <div className="govuk-width-container">
        {beforeContent}
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer links={footerLinks} meta={footerMeta} />
      </footer>
    </>
  );
}
