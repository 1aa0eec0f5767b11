import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The default transport's "sent" e-mails: kept for the recipient (and admins) to read. */
@Entity('mail_outbox')
@Index(['personId', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', name: 'to_address' })
  toAddress!: string;

  @Column({ type: 'uuid', name: 'person_id', nullable: true })
  personId!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', name: 'text_body' })
  textBody!: string;

  @Column({ type: 'text', name: 'html_body', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'jsonb', default: {} })
  headers!: Record<string, string>;

  @Column({ type: 'text', name: 'template_id', nullable: true })
  templateId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  personalisation!: Record<string, string> | null;

  /** One message per reference: a retried delivery cannot write a second copy. */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
