/**
 * The header's right-hand group for actions on the whole design ("Copy link", "Open", "Save",
 * "Export"). Add buttons here; the header keeps this group apart from editing controls.
 */
export function DesignActions() {
  return <div role="group" aria-label="Design actions" className="ml-auto flex items-center gap-2" />;
}
