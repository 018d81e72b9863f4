"""Tools for developing and measuring the course: a real Voilà server and a light client."""
