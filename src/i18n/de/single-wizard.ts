/** German strings of the single-wizard area. */
export const templates = {};
