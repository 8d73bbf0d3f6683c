//go:build !race

package main

// raceDetector is whether the tests run under the race detector, which makes every run of
// kioskctl several times slower.
const raceDetector = false
