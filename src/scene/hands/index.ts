export { Hands, type HandsPlacement, type HandsProps } from './Hands';
export { HAND_COLOURS, createCuffGeometry, createHandsRig, type HandsRig } from './handsRig';
export { ROUND_CONE_RESOLUTION, createRoundConeGeometry, roundConePoint } from './roundCone';
