/**
 * The bones under the skin, built by code from the landmark table: shoulder blades, collarbones,
 * vertebrae C1..T12 with their discs, ribs 1..12, mastoid processes and a hint of the skull base.
 * Pure geometry (three.js BufferGeometry, no React). One merged geometry draws them all.
 */
export { BONE_IDS, DISCS, RIB_NUMBERS, boneIndexOf, boneName, boneSide, isBoneId, mirrorBoneId, type BoneId, type BoneName, type DiscName, type RibNumber } from './ids';
export { BONE_COLOURS, BONE_LABELS, DEFAULT_LABELLED_BONES, buildBones, buildSkeletonGeometry, mergeBones, type BoneBuild, type BoneLabel, type BonePart } from './skeleton';
export { spineColumn, vertebraPlan, type VertebraPlan } from './column';
export { buildLeftScapula, leftScapulaPlane, type ScapulaGeometry, type ScapulaPlane } from './scapula';
export { buildLeftClavicle, CLAVICLE_DEPTHS, CLAVICLE_INFLECTION, type ClavicleGeometry } from './clavicle';
export { buildLeftRib, ribAnglePoint, type RibGeometry } from './ribs';
export { buildDiscs, buildVertebra, buildVertebrae, type DiscGeometry, type VertebraGeometry } from './vertebrae';
export { buildLeftMastoid, buildOcciput } from './skull';
