// Package concepts holds the data and the answer checking of the exercises
// of the course's first half (/network, /addresses, /sockets): the five
// layers and where each protocol goes, the encapsulation of an HTTP
// request, the well-known ports, connections as 4-tuples, the TCP and UDP
// sequences of socket calls, and Python's network modules.
//
// Every text is an i18n.T, a Korean and English pair; the Korean keeps the
// deck's own words where the deck has them. The package computes and
// checks; it draws nothing.
package concepts
