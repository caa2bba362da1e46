declare const __VNET_STUDIO_VERSION__: string | undefined;

/** The package version, set when the CLI is bundled; `0.0.0-dev` when run from the sources. */
export const CLI_VERSION: string =
  typeof __VNET_STUDIO_VERSION__ === 'string' ? __VNET_STUDIO_VERSION__ : '0.0.0-dev';
