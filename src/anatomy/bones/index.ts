/**
 * The bones under the skin, built by code from the landmark table: shoulder blades, collarbones,
 * vertebrae C1..T12 with their discs, ribs 1..12, mastoid processes and a hint of the skull base.
 * Pure geometry (three.js BufferGeometry, no React). One merged geometry draws them all. This is
 * what the scene uses; the builders of each bone are imported from their own files.
 */
export { BONE_IDS, RIB_NUMBERS, boneIndexOf, boneSide, mirrorBoneId, type BoneId } from './ids';
export { boneLabels, DEFAULT_LABELLED_BONES, buildBones, buildSkeletonGeometry, mergeBones, type BoneBuild } from './skeleton';
