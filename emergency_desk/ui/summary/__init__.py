"""The Annual Summary tab: the office's texts per year and the Word export."""
