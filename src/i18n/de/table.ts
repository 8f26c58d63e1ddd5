/** German strings of the table area. */
export const templates = {};
