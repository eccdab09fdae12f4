import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './src-layers.json' with { type: 'json' };

/**
 * The rooms of `src/`, lowest first (src-layers.json, which the import-graph test reads too):
 * - manifest: schema, parsing, loading (pure); sw: the kiosk's service worker and what kiosk
 *   pages say to it (imports nothing of the app); hall: floor plan, collision, path finding (pure);
 *   state: vanilla stores, the visitor, navigation (pure);
 * - i18n, icons: interface strings and icons, for every mode;
 * - context: the stores' React bindings (the pavilion instance, page-wide prefs);
 * - boot: start-up (flags, which hall, route sync, WebGL); audio: the audio engine;
 * - scene: the 3D hall; ui: the 2D interface;
 * - reference, benchDriver: the bench's reference build and in-page driver (lazy chunks);
 * - modes: tour, studio, kiosk, compositions of the above.
 * A folder imports only from the layers before its own: imports between folders run one way and
 * can form no cycle. Folders that share a layer are peers and never import each other (the scene
 * and the 2D interface meet only in a mode). `App.tsx` and `main.tsx`, at the root, assemble.
 */
const LAYERS = layers;

/** Folders that import no React, three or DOM: plain TypeScript, testable in Node. */
const PURE = ['manifest', 'hall', 'state'];

// Relative paths that climb out to src/ and into the folder: `../state/x`, `../../state`. Not
// `**/state`, which also caught a same-folder module of that name (`./programme` in src/manifest).
const folderPatterns = (folder) => [1, 2, 3, 4].flatMap((up) => ['../'.repeat(up) + folder, `${'../'.repeat(up)}${folder}/**`]);

function layerRules() {
  return LAYERS.flatMap((layer, i) =>
    layer.map((folder) => {
      const forbidden = [...LAYERS.slice(i + 1).flat(), ...layer.filter((f) => f !== folder)];
      const pure = PURE.includes(folder);
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...(forbidden.length === 0
                  ? []
                  : [
                      {
                        group: forbidden.flatMap(folderPatterns),
                        message: `src/${folder} sits below that folder: imports between src folders run one way (see LAYERS in eslint.config.js).`,
                      },
                    ]),
                ...(pure
                  ? [
                      {
                        group: [
                          'react',
                          'react-dom',
                          'react/*',
                          'react-dom/*',
                          'three',
                          'three/*',
                          '@react-three/*',
                          'howler',
                          'hls.js',
                        ],
                        message: `src/${folder} is pure: no React, three or DOM libraries.`,
                      },
                      {
                        regex: '^zustand$',
                        message: `src/${folder} is pure: make stores with zustand/vanilla; React binds them in src/context.`,
                      },
                    ]
                  : []),
              ],
            },
          ],
          ...(pure
            ? {
                'no-restricted-globals': [
                  'error',
                  ...[
                    'window',
                    'document',
                    'localStorage',
                    'sessionStorage',
                    'navigator',
                    'location',
                    'history',
                    'requestAnimationFrame',
                    'cancelAnimationFrame',
                    'matchMedia',
                    'Image',
                    'HTMLElement',
                  ].map((name) => ({ name, message: `src/${folder} is pure: pass what it needs from the DOM in.` })),
                ],
              }
            : {}),
        },
      };
    }),
  );
}

export default tseslint.config(
  // `data` is what `npm start` keeps (uploads, live streams' MPEG-TS `.ts` segments): not code.
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'scenes', 'public', 'bench/out', 'coverage', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  ...layerRules(),
  {
    // R3F's frame model: three.js objects, and the per-frame visitor and progress objects, are
    // built once and mutated in useFrame and effects, never through React state (a setState a
    // frame would re-render sixty times a second). The compiler's immutability analysis takes
    // everything a hook returns for React state; in the 3D tree that is wrong by design.
    files: ['src/scene/**/*.{ts,tsx}', 'src/benchDriver/**/*.{ts,tsx}', 'src/reference/**/*.{ts,tsx}'],
    rules: { 'react-hooks/immutability': 'off' },
  },
  {
    // Every material the hall draws with comes from the catalogue, which the shader warm-up
    // compiles whole (a unit test checks it covers every entry).
    files: ['src/scene/**/*.{ts,tsx}'],
    ignores: ['src/scene/materials/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/Material$/]',
          message: 'Make materials with the catalogue (src/scene/materials/catalogue.ts), so the shader warm-up compiles them.',
        },
        {
          selector: 'JSXOpeningElement[name.name=/Material$/]',
          message: 'Make materials with the catalogue (useMaterial, src/scene/materials), so the shader warm-up compiles them.',
        },
      ],
    },
  },
);
