export { Hands, type HandsPlacement } from './Hands';
