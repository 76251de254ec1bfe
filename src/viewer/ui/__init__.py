"""The Qt window. Everything that imports QtWidgets lives here (or in the handout)."""
