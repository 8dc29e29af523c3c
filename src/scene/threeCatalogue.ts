/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<group>`, `<color>`, the two
 * lights), and nothing else. react-three-fiber's `<Canvas>` registers `import * as THREE` as its
 * catalogue, which keeps all of three.js in the first load (measured: 53 kB gzipped more); the
 * build hands that one import this module instead (`r3f-catalogue` in vite.config.ts). Elements
 * made with `<primitive object>` need no entry. A new element goes here too: the unit test
 * `tests/unit/scene/threeCatalogue.test.ts` fails until it does.
 */
export { Color, DirectionalLight, Group, HemisphereLight, Mesh } from 'three';
