"""Places: addresses and points of ideas, an opgave's area, the geocoder and the background map."""
