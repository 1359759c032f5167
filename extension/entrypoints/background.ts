export default defineBackground(() => {
  // The toolbar button opens the side panel (Chrome). Firefox opens its sidebar from the button by itself.
  const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('Impact Lens: could not make the toolbar button open the side panel', error);
  });
});
