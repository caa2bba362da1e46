import type { Design } from './schema';

/**
 * The design's name as a file name stem: lower-case words joined by hyphens, accents dropped, at most 80
 * characters (`Hub and spoke` → `hub-and-spoke`), or `design` when nothing of the name is left. Every file
 * the studio writes for a design starts with it, so they sort and read together.
 */
export function designSlug(design: Pick<Design, 'name'>): string {
  const slug = design.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'design';
}
