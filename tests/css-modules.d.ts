// Side-effect imports of editors' stylesheets in the fixture pages (bundled by esbuild, not by TypeScript).
declare module '*.css';
