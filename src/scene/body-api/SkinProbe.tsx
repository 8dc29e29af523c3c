import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, Vector3 } from 'three';
import { projectToSkin } from '../../anatomy/skin/skinSurface';
import { setBodyProbe } from './bodyProbe';

/** The skin mesh's name in the scene (`scene/body/Skin.tsx`). */
const SKIN_MESH = 'skin-mesh';

/**
 * Lends the body API the canvas's camera: which skin lies under a pixel (a ray against the skin
 * mesh only, so hidden lines and markers never catch it) and where a body point is drawn.
 * Called on a tap or at the end of a drawn stroke, never per frame.
 */
export function SkinProbe() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const projected = new Vector3();
    setBodyProbe({
      skinAt(clientX, clientY) {
        const skin = scene.getObjectByName(SKIN_MESH);
        const rect = gl.domElement.getBoundingClientRect();
        if (!skin || rect.width === 0 || rect.height === 0) return null;
        ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
        raycaster.setFromCamera(ndc, camera);
        const hit = raycaster.intersectObject(skin, false)[0];
        // The mesh is the skin's surface to within its triangles; the field gives the exact point and normal.
        return hit ? projectToSkin(hit.point.toArray()) : null;
      },
      toScreen(point) {
        projected.set(point[0], point[1], point[2]).project(camera);
        if (projected.z > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((projected.x + 1) / 2) * rect.width, y: rect.top + ((1 - projected.y) / 2) * rect.height };
      },
      picture() {
        gl.render(scene, camera);
        return gl.domElement.toDataURL('image/png');
      },
    });
    return () => setBodyProbe(null);
  }, [camera, gl, scene]);
  return null;
}
