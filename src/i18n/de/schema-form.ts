/** German strings of the schema-form area. */
export const templates = {};
