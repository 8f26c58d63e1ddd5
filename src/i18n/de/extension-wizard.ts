/** German strings of the extension-wizard area. */
export const templates = {};
