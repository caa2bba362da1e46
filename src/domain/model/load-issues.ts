/** The typed problems the loader, the limit check and share links report. */

export type LoadErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'not-a-design'
  | 'newer-version'
  | 'unknown-version'
  | 'schema'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'too-many-entities'
  | 'too-many-items'
  | 'too-many-references';

export interface LoadIssue {
  code: LoadErrorCode;
  /** JSON path of the offending value, e.g. `$.subnets[3].vnetId`. */
  path: string;
  message: string;
}
