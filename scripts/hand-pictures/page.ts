/**
 * The page `scripts/hand-pictures.mjs` opens: one posed hand of the app's own hand model
 * (`createHandsRig`, the pose library, `placeHand` with its fingers settled on the skin), its
 * working part lit as it is while it works, on a piece of skin shaped like the place it works on
 * (a flat patch, the top of a shoulder, the back of a neck), drawn on a transparent canvas and
 * handed back as a WebP.
 */
import {
  ACESFilmicToneMapping,
  Box3,
  CylinderGeometry,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three';
import type { Vec3 } from '../../src/anatomy/vec';
import type { Aim } from '../../src/motion/hands/aim';
import type { HandSide, PoseId } from '../../src/motion/hands/ids';
import { placeHand } from '../../src/motion/hands/placement';
import { HAND_POSES } from '../../src/motion/hands/poses';
import { poseFor } from '../../src/motion/poseFor';
import { createVertexLitMaterial } from '../../src/scene/materials/vertexLitMaterial';
import { createHandsRig } from '../../src/scene/hands/handsRig';
import type { HandPart } from '../../src/technique/types';

/** The piece of skin a picture's hand lies on. */
type Surface =
  /** A gently domed patch of the back, its top at y = 0. */
  | 'patch'
  /** A round ridge along x, its top at y = 0: the top of a shoulder (the C-grip). */
  | 'ridge'
  /** An upright round neck behind which the hand lies at z = 0 (the nape grip). */
  | 'neck';

interface Picture {
  readonly side: HandSide;
  readonly surface: Surface;
  /** Where the working part touches, the skin's normal there, the way the hand faces. */
  readonly contact: Vec3;
  readonly normal: Vec3;
  readonly travel: Vec3;
  readonly aim: Aim;
  /** Camera direction: from where the picture looks at the hand. */
  readonly from: readonly [number, number, number];
}

const BACK = 0.22;
const RIDGE = 0.05;
const NECK = 0.055;
const ridgeAt = (angle: number): { contact: Vec3; normal: Vec3 } => ({
  contact: [0, -RIDGE + RIDGE * Math.cos(angle), RIDGE * Math.sin(angle)],
  normal: [0, Math.cos(angle), Math.sin(angle)],
});
const onPatch = { surface: 'patch', contact: [0, 0, 0], normal: [0, 1, 0], travel: [0, 0, -1], aim: 'along' } as const;

/** Each hand part's picture, seen from the side that shows its working part [chosen by eye]. */
const PICTURES: Readonly<Record<HandPart, Picture>> = {
  fingertips: { side: 'right', ...onPatch, from: [1, 0.35, 0.15] },
  thumb: { side: 'right', ...onPatch, from: [-1, 0.55, -0.35] },
  palm: { side: 'right', ...onPatch, from: [1, 0.4, 0.25] },
  backOfHand: { side: 'right', ...onPatch, from: [0.8, 0.8, 0.45] },
  backOfFingers: { side: 'right', ...onPatch, from: [1, 0.3, -0.45] },
  fist: { side: 'right', ...onPatch, from: [-0.9, 0.5, -0.7] },
  thumbAndFingers: { side: 'right', surface: 'neck', contact: [0, 0, 0], normal: [0, 0, 1], travel: [0, -1, 0], aim: 'against', from: [0.15, 0.35, 1] },
  cGrip: { side: 'right', surface: 'ridge', ...ridgeAt(Math.PI / 3), travel: [0, 1, 0], aim: 'reach', from: [1, 0.25, 0.15] },
};

/** The skin's signed distance for each surface (metres, negative inside). */
const SKIN: Readonly<Record<Surface, (p: Vec3) => number>> = {
  patch: (p) => Math.hypot(p[0], p[1] + BACK, p[2]) - BACK,
  ridge: (p) => Math.hypot(p[1] + RIDGE, p[2]) - RIDGE,
  neck: (p) => Math.hypot(p[0], p[2] + NECK) - NECK,
};

/** Views for looking at a pose from several sides (`--views` of the script). */
type View = 'picture' | 'side' | 'front' | 'top' | 'below';
const VIEW_FROM: Readonly<Record<Exclude<View, 'picture'>, readonly [number, number, number]>> = {
  side: [1, 0.08, 0],
  front: [0, 0.08, -1],
  top: [0.05, 1, 0.3],
  below: [0.2, -1, 0.3],
};

declare global {
  interface Window {
    renderPart: (part: HandPart, view: View, size: number, quality: number) => string;
    handParts: () => readonly HandPart[];
    handPicturesReady: boolean;
  }
}

/**
 * `?override={"pose":{...}}` replaces fields of library poses before anything is posed: for trying
 * a pose out (`--override` of the script), never for the pictures themselves.
 */
const override = new URLSearchParams(location.search).get('override');
if (override) {
  for (const [id, fields] of Object.entries(JSON.parse(override) as Record<string, Record<string, unknown>>)) {
    const target = HAND_POSES[id as PoseId] as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(fields)) {
      const old = target[k];
      target[k] = v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' ? { ...old, ...v } : v;
    }
  }
}

const renderer = new WebGLRenderer({ antialias: true, alpha: true, preserveDrawingBuffer: true });
renderer.outputColorSpace = SRGBColorSpace;
renderer.toneMapping = ACESFilmicToneMapping;
renderer.setClearColor(0x000000, 0);
document.body.appendChild(renderer.domElement);

const scene = new Scene();
// The app's lights (src/scene/Lights.tsx), kept in their places relative to the camera below.
scene.add(new HemisphereLight('#f4f1ee', '#4a4038', 1.1));
const key = new DirectionalLight('#fff4e8', 1.6);
const fill = new DirectionalLight('#dfe8ff', 0.45);
scene.add(key, fill);

const rig = createHandsRig();
scene.add(rig.group);
const skinMaterial = createVertexLitMaterial({ color: '#e2b893' });
const skins: Readonly<Record<Surface, Mesh>> = {
  patch: new Mesh(new SphereGeometry(BACK, 64, 24, 0, Math.PI * 2, 0, 0.8), skinMaterial),
  ridge: new Mesh(new CylinderGeometry(RIDGE, RIDGE, 0.13, 40), skinMaterial),
  neck: new Mesh(new CylinderGeometry(NECK, NECK, 0.16, 40), skinMaterial),
};
skins.patch.position.set(0, -BACK, 0);
skins.ridge.rotation.set(0, 0, Math.PI / 2);
skins.ridge.position.set(0, -RIDGE, 0);
skins.neck.position.set(0, 0, -NECK);
for (const mesh of Object.values(skins)) scene.add(mesh);
const camera = new PerspectiveCamera(28, 1, 0.01, 5);

window.handParts = () => Object.keys(PICTURES) as HandPart[];

window.renderPart = (part, view, size, quality) => {
  const picture = PICTURES[part];
  // A working hand's pose for the part (a support hand's pose is its own).
  const pose = poseFor({ part, role: 'strokes' });
  const skin = SKIN[picture.surface];
  const placement = placeHand({ side: picture.side, pose, contact: picture.contact, normal: picture.normal, travel: picture.travel, aim: picture.aim, press: 0.002, skin });
  placement.work = 1;
  rig.update(picture.side === 'left' ? placement : null, picture.side === 'right' ? placement : null);
  for (const [surface, mesh] of Object.entries(skins)) mesh.visible = surface === picture.surface && view !== 'below';

  renderer.setPixelRatio(1);
  renderer.setSize(size, size, false);
  // Frame the hand itself (its joints, the palm and the contact), not its forearm.
  const box = new Box3();
  for (const m of placement.segments.slice(1)) {
    box.expandByPoint(new Vector3().setFromMatrixPosition(m));
    box.expandByPoint(new Vector3(0, 0.02, 0).applyMatrix4(m));
  }
  box.expandByPoint(placement.wrist);
  box.expandByPoint(placement.contact);
  const centre = box.getCenter(new Vector3());
  const radius = box.getSize(new Vector3()).length() / 2 + 0.012;
  const dir = new Vector3(...(view === 'picture' ? picture.from : VIEW_FROM[view])).normalize();
  camera.position.copy(centre).addScaledVector(dir, radius / Math.sin((camera.fov * Math.PI) / 360));
  camera.up.set(0, 1, 0);
  camera.lookAt(centre);
  camera.updateMatrixWorld();
  key.position.copy(camera.position).add(new Vector3(0.6, 1.6, 0.4));
  fill.position.copy(camera.position).add(new Vector3(-1.2, 0.2, 0));
  renderer.render(scene, camera);
  return quality > 0 ? renderer.domElement.toDataURL('image/webp', quality) : renderer.domElement.toDataURL('image/png');
};
window.handPicturesReady = true;
