/** German strings of the page area. */
export const templates = {};
