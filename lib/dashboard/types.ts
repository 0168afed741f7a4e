// What a page reader returns: the token model plus the page elements that findings anchor to.
// Readers (lib/dashboard/read-*.ts) only read text and ARIA; they never change the page.
import type { Grant, TokenModel } from '../policy/model';
import type { Target } from '../analysis/types';

export type Step =
  | 'classic-form' // custom-token or template form (classic builder)
  | 'classic-summary' // "<name> API token summary"
  | 'template-picker' // "API token templates" + "Use template" / "Get started"
  | 'tokens-list' // table of existing tokens
  | 'account-builder' // new account-token builder (policies, Read/Edit checkboxes)
  | 'token-created' // the secret is on screen: read nothing
  | 'none';

export type SectionName = Extract<Target, { kind: 'section' }>['section'];

/** One permission row on the page. */
export interface RowReading {
  /** Same as grant.ref: stable for the life of the row element. */
  ref: string;
  grant: Grant;
  /** The row element: annotations are placed after it (never inside dashboard controls). */
  element: Element;
}

export interface TemplateReading {
  name: string;
  element: Element;
}

export interface TokenRowReading {
  name: string;
  /** The token's ID, when the row links to it (…/api-tokens/<id>/…). */
  id?: string;
  element: Element;
  /** Model built from what the row shows (permissions, resources); partial by nature. */
  model: TokenModel;
  status?: string;
  /** Permissions the row says it does not show ("+2 more"). */
  unshown?: number;
}

/** What is on the page but could not be read: never taken for empty (no finding comes from it). */
export interface Unread {
  /** Sections found whose controls could not be read. */
  fields: SectionName[];
  /** Permission rows whose permission could not be read. */
  rows: number;
}

export interface PageReading {
  step: Step;
  /** Absent when everything found was read. */
  unread?: Unread;
  /** Present on classic-form, classic-summary and account-builder. */
  model?: TokenModel;
  rows: RowReading[];
  /** Section headings or containers to put section warnings next to. */
  sections: Partial<Record<SectionName, Element>>;
  templates: TemplateReading[];
  tokens: TokenRowReading[];
}
