// Stands in for the `server-only` package in Vitest: the real one throws outside a React Server
// Components bundle, but tests run server modules directly in Node.
export {};
