import Testing

// End-to-end tests of `cohesion brokerage` arrive with the tool skeleton.
