/** German strings of the menu area. */
export const templates = {};
