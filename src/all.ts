// Registers every devreg element (side effects only).
