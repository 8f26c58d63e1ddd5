/** German strings of the bulk-wizard area. */
export const templates = {};
