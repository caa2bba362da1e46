// React Flow's base styles, loaded by the entry point before the studio's own (which override them).
import '@xyflow/react/dist/style.css';
