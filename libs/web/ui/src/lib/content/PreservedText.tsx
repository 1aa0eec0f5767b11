export interface PreservedTextProps {
  text: string;
}

/** Free text as its author typed it: line breaks kept, nothing interpreted as markup. */
export function PreservedText({ text }: PreservedTextProps) {
  return <span style={{ whiteSpace: 'pre-line' }}>{text}</span>;
}
