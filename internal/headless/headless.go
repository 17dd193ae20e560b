// Package headless starts the system's Chromium for the end-to-end tests
// and the benchmarks, with the flags a test machine needs.
package headless

import (
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ErrNoChromium says how to install the browser the tests need.
var ErrNoChromium = errors.New("Chromium is missing: install it (Debian: apt-get install -y chromium)")

// ExecPath finds Chromium or Chrome on the PATH.
func ExecPath() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Options returns the allocator options of a headless Chromium with a
// fresh profile in userDataDir: no sandbox when running as root (Chromium
// refuses to start otherwise), and none of the background traffic that a
// machine without Internet access would refuse.
func Options(execPath, userDataDir string) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(userDataDir),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1200, 900),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	return opts
}
