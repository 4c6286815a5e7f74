"""The generic register tab and one module per register that is truly special."""
