// A single-page app: nothing renders on a server, nothing is prerendered; the site handler (or
// nginx) answers every path with index.html and the router takes over in the browser.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
