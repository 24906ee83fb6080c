/** Set by the portal's web server on every request to the address it saw (for rate limits). */
export const CLIENT_ADDRESS_HEADER = "x-motcua-client-address";
