export { LinkProvider, type LinkProviderProps } from './lib/link/LinkProvider';
export type { LinkComponent, LinkComponentProps } from './lib/link/link-context';
export { useLinkComponent } from './lib/link/useLinkComponent';

export { Layout, type LayoutProps } from './lib/layout/Layout';
export { Footer, type FooterLink, type FooterProps } from './lib/layout/Footer';
export { Header, type HeaderProps } from './lib/layout/Header';
export { PhaseBanner, type PhaseBannerProps } from './lib/layout/PhaseBanner';
export {
  ServiceNavigation,
  type ServiceNavigationItem,
  type ServiceNavigationProps,
} from './lib/layout/ServiceNavigation';
export { SkipLink, type SkipLinkProps } from './lib/layout/SkipLink';

export { Button, type ButtonProps, type ButtonVariant } from './lib/form/Button';
export { Checkboxes, type CheckboxesProps } from './lib/form/Checkboxes';
export { DateInput, type DateInputProps } from './lib/form/DateInput';
export {
  datePartsFromIso,
  EMPTY_DATE,
  parseDateParts,
  type DateParts,
  type ParsedDate,
} from './lib/form/date-parts';
export type { ChoiceItem } from './lib/form/choice-item';
export { ErrorMessage, type ErrorMessageProps } from './lib/form/ErrorMessage';
export {
  ErrorSummary,
  type ErrorSummaryItem,
  type ErrorSummaryProps,
} from './lib/form/ErrorSummary';
export { Fieldset, type FieldsetProps } from './lib/form/Fieldset';
export type { HeadingSize } from './lib/form/heading-size';
export { Hint, type HintProps } from './lib/form/Hint';
export { Label, type LabelProps } from './lib/form/Label';
export { Radios, type RadiosProps } from './lib/form/Radios';
export { Select, type SelectOption, type SelectProps } from './lib/form/Select';
export { TextInput, type TextInputProps, type TextInputWidth } from './lib/form/TextInput';
export { Textarea, type TextareaProps } from './lib/form/Textarea';
export { formErrors, NO_ERRORS, type FormErrors, type Problem } from './lib/form/form-errors';
export { useFormErrors, type FormErrorsState, type ShownErrors } from './lib/form/useFormErrors';
export { FormErrorSummary, type FormErrorSummaryProps } from './lib/form/FormErrorSummary';
export { ActionErrorSummary, type ActionErrorSummaryProps } from './lib/form/ActionErrorSummary';

export { BackLink, type BackLinkProps } from './lib/content/BackLink';
export { InsetText, type InsetTextProps } from './lib/content/InsetText';
export { Loading, type LoadingProps } from './lib/content/Loading';
export { NotificationBanner, type NotificationBannerProps } from './lib/content/NotificationBanner';
export { Pagination, type PaginationProps } from './lib/content/Pagination';
export { Panel, type PanelProps } from './lib/content/Panel';
export { PreservedText, type PreservedTextProps } from './lib/content/PreservedText';
export { ScrollableTable, type ScrollableTableProps } from './lib/content/ScrollableTable';
export {
  SummaryList,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from './lib/content/SummaryList';
export { Table, type TableCell, type TableProps } from './lib/content/Table';
export { Tag, type TagColour, type TagProps } from './lib/content/Tag';

export { useDocumentTitle } from './lib/page/useDocumentTitle';
export { MessagePage, type MessagePageProps } from './lib/page/MessagePage';
export { NotAllowed, type NotAllowedProps } from './lib/page/NotAllowed';
export { PageNotFound } from './lib/page/PageNotFound';
export { ServiceProblem } from './lib/page/ServiceProblem';
