import { ModeOutlet } from './modes/ModeOutlet';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';

/** The page: the title bar and notices every mode shares, and the open mode below them. */
export function App() {
  return (
    <div className="app">
      <Header />
      <Notices />
      <ModeOutlet />
    </div>
  );
}
