/** German strings of the csv area. */
export const templates = {};
