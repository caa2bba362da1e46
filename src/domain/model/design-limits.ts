/**
 * Every size limit of a design, in one place: the file format and its loader, share links (encoding and
 * decoding), the studio's storage and the CLI all read these, so what one accepts the others accept too.
 * A design the studio can open it can save, reopen, put in a file and (when the link is not too long)
 * in a link; a design past a limit is refused up front, with the limit it passes.
 */

export const DESIGN_LIMITS = {
  /** Characters of a name. */
  name: 200,
  /** Characters of a description (and of any string a share link carries). */
  text: 2000,
  /** Characters of an id. */
  id: 100,
  /** Items in any one list: a collection, a VNet's prefixes, an NSG's rules, ... */
  listItems: 5000,
  /** Objects in all collections together. */
  entities: 20000,
  /**
   * Ids in any one reference list (an environment's policies and resources, a policy's subnets, a DNS
   * zone's VNets): above what Azure allows anywhere (1,000 VNet links per private DNS zone), so the
   * rules still report the Azure limits, and low enough that no object fans out into a storm of edges.
   */
  referencesPerList: 1000,
  /** Ids in all reference lists together: the canvas draws one connection per reference. */
  references: 20000,
  /** Characters of the design file as VNet Studio writes it (pretty JSON, `serializeDesign`). */
  fileText: 4 * 1024 * 1024,
  /**
   * Characters of a design file read at all; files from other tools may be indented more generously,
   * so the design inside is measured again as VNet Studio would write it (`fileText`).
   */
  inputText: 8 * 1024 * 1024,
  /** Characters of a share link read at all (far above any design that fits `fileText`). */
  linkText: 256 * 1024,
  /** Bytes a share link's payload inflates to; anything above is refused while inflating. */
  payloadBytes: 4 * 1024 * 1024,
  /** A link up to this long pastes intact into chats, tickets and every browser; longer ones get a warning. */
  comfortableLink: 2000,
} as const;
