import { Tag } from '@pathways/web-ui';
import type { StatusTag } from '../vocabulary/status';

export function StatusTagOf({ tag }: { tag: StatusTag }) {
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}
