"""The application shell: start-up, the main window, language, crash and open-failure dialogs."""
