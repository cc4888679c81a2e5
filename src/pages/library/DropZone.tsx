import { useRef, useState, type DragEvent, type ReactNode } from 'react';

interface DropZoneProps {
  readonly onFile: (file: File) => void;
  readonly children: ReactNode;
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

/**
 * Accepts a file dropped anywhere on its children and shows that it will while a file is dragged over.
 * Drag events fire for every child entered and left, so a depth counter tells when the drag really left.
 */
export function DropZone({ onFile, children }: DropZoneProps) {
  const depth = useRef(0);
  const [active, setActive] = useState(false);

  const leaveAll = () => {
    depth.current = 0;
    setActive(false);
  };

  return (
    <div
      className={active ? 'drop-zone drop-zone-active' : 'drop-zone'}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setActive(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        // Without this the browser would open the file instead of dropping it here.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setActive(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        leaveAll();
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {active && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop the file to import its scripts</p>
        </div>
      )}
    </div>
  );
}
