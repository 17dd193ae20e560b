//go:build e2e

package e2e

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"netprimer/app/api"
	"netprimer/internal/classclient"
)

// classroomFlags lift the classroom's rate limits: a test's students all
// come from loopback, one client address.
var classroomFlags = []string{"-classroom-joins", "10000", "-classroom-answers", "100000", "-classroom-requests", "100000"}

// teacherLink runs `netprimer teacher-link` on the data directory, as an
// instructor does beside the running server, and returns the URL printed.
func teacherLink(t *testing.T, data, base string) string {
	t.Helper()
	out, err := exec.Command(*binPath, "teacher-link", "-data", data, "-base", base).Output()
	if err != nil {
		t.Fatalf("teacher-link: %v", err)
	}
	link := strings.TrimSpace(string(out))
	if !strings.HasPrefix(link, base+"/teach/login?token=") {
		t.Fatalf("teacher-link printed %q", link)
	}
	return link
}

// teacherCookie opens the login link and returns the session cookie set.
func teacherCookie(t *testing.T, link string) *http.Cookie {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/teach" {
		t.Fatalf("login link: %d %v", res.StatusCode, res.Header)
	}
	for _, ck := range res.Cookies() {
		if ck.Name == "np_teacher" && ck.HttpOnly && ck.SameSite == http.SameSiteStrictMode {
			return ck
		}
	}
	t.Fatalf("no HttpOnly, SameSite=Strict teacher's cookie in %v", res.Header["Set-Cookie"])
	return nil
}

// postJSON posts v as JSON with the server's Origin and the cookie; it
// returns the status and the body, or an error when no answer came.
func postJSON(base, path string, ck *http.Cookie, v any) (int, []byte, error) {
	res, err := http.DefaultClient.Do(classclient.Request("POST", base, path, ck, v))
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(res.Body); err != nil {
		return 0, nil, err
	}
	return res.StatusCode, buf.Bytes(), nil
}

func getJSON(t *testing.T, base, path string, ck *http.Cookie, v any) {
	t.Helper()
	res, err := http.DefaultClient.Do(classclient.Request("GET", base, path, ck, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

func createAssignment(t *testing.T, base string, teacher *http.Cookie, n api.NewAssignment) api.Created {
	t.Helper()
	status, body, err := postJSON(base, api.AssignmentsPath, teacher, n)
	if err != nil || status != http.StatusCreated {
		t.Fatalf("create: %d %s %v", status, body, err)
	}
	var cr api.Created
	json.Unmarshal(body, &cr)
	return cr
}

func joinAs(t *testing.T, base, code, id, name string) *http.Cookie {
	t.Helper()
	res, err := http.DefaultClient.Do(classclient.Request("POST", base, api.StudentPath(code, "join"), nil, api.Join{StudentID: id, Name: name}))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	for _, ck := range res.Cookies() {
		if ck.Name == "np_student" && res.StatusCode == http.StatusOK {
			return ck
		}
	}
	t.Fatalf("join: %d, no student's cookie", res.StatusCode)
	return nil
}

// TestClassroomKill9 kills the server with SIGKILL during a burst of
// answers and starts it again on the same -data: every answer it had
// acknowledged is there, and each one it had not arrives exactly once
// when the students send it again with its ID. A backup taken while the
// students answer is a sound database.
func TestClassroomKill9(t *testing.T) {
	data := t.TempDir()
	args := append([]string{"-data", data}, classroomFlags...)
	s := startServer(t, "", args...)
	if !strings.Contains(s.Log(), "/teach/login?token=") {
		t.Errorf("the first start logged no login link:\n%s", s.Log())
	}
	teacher := teacherCookie(t, teacherLink(t, data, s.URL))
	cr := createAssignment(t, s.URL, teacher, api.NewAssignment{Title: "kill -9", Skills: []string{"ipaddress.broadcast"}, Items: 5, Level: 1})

	const students = 16
	type sent struct {
		student int
		answer  api.Answer
	}
	cookies := make([]*http.Cookie, students)
	for i := range cookies {
		cookies[i] = joinAs(t, s.URL, cr.Code, fmt.Sprint(20260000+i), fmt.Sprint("학생", i))
	}
	var mu sync.Mutex
	acked := map[string]sent{}
	unacked := map[string]sent{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < students; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				a := sent{i, api.Answer{ID: fmt.Sprintf("s%d-%d", i, n), Item: n%5 + 1, Answer: fmt.Sprintf("10.0.%d.%d", i, n%256)}}
				status, _, err := postJSON(s.URL, api.StudentPath(cr.Code, "answers"), cookies[i], a.answer)
				mu.Lock()
				if err == nil && status == http.StatusCreated {
					acked[a.answer.ID] = a
				} else {
					unacked[a.answer.ID] = a
				}
				mu.Unlock()
				if err != nil {
					return // the server is gone: this student goes offline
				}
			}
		}()
	}
	// Kill once a good number of answers were acknowledged.
	deadline := time.Now().Add(30 * time.Second)
	for {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 300 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	if out, err := exec.Command(*binPath, "backup", "-data", data, backup).CombinedOutput(); err != nil {
		t.Fatalf("backup while answering: %v: %s", err, out)
	}
	s.cmd.Process.Kill()
	err := <-s.done
	s.done <- err
	close(stop)
	wg.Wait()
	if len(acked) < 300 {
		t.Fatalf("only %d answers acknowledged before the kill", len(acked))
	}
	t.Logf("%d answers acknowledged, %d not, when the server was killed", len(acked), len(unacked))

	db, err := sql.Open("sqlite", "file:"+backup+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	var check string
	var inBackup int
	db.QueryRow("PRAGMA integrity_check").Scan(&check)
	db.QueryRow("SELECT count(*) FROM answers").Scan(&inBackup)
	db.Close()
	if check != "ok" || inBackup == 0 {
		t.Errorf("backup: integrity %q, %d answers", check, inBackup)
	}

	s2 := startServer(t, "", args...)
	if strings.Contains(s2.Log(), "/teach/login?token=") {
		t.Errorf("a start with a teacher logged a login link")
	}
	received := func() map[string]int {
		ids := map[string]int{}
		for i := range cookies {
			var me api.Me
			getJSON(t, s2.URL, api.StudentPath(cr.Code, "me"), cookies[i], &me)
			for _, r := range me.Received {
				ids[r.ID]++
			}
		}
		return ids
	}
	before := received()
	for id := range acked {
		if before[id] != 1 {
			t.Errorf("acknowledged answer %s: received %d times after the restart", id, before[id])
		}
	}
	// The students send what was not acknowledged again, with its ID.
	for id, a := range unacked {
		status, body, err := postJSON(s2.URL, api.StudentPath(cr.Code, "answers"), cookies[a.student], a.answer)
		if err != nil || (status != http.StatusCreated && status != http.StatusOK) {
			t.Fatalf("retry of %s: %d %s %v", id, status, body, err)
		}
		// And once more, as a client that lost this answer too.
		if status, _, _ := postJSON(s2.URL, api.StudentPath(cr.Code, "answers"), cookies[a.student], a.answer); status != http.StatusOK {
			t.Errorf("second retry of %s: %d, want 200", id, status)
		}
	}
	after := received()
	total := 0
	for id, n := range after {
		total += n
		if n != 1 {
			t.Errorf("answer %s received %d times", id, n)
		}
		if _, ok := acked[id]; !ok {
			if _, ok := unacked[id]; !ok {
				t.Errorf("answer %s received but never sent", id)
			}
		}
	}
	if total != len(acked)+len(unacked) {
		t.Errorf("%d answers received, %d sent", total, len(acked)+len(unacked))
	}
	var res api.Results
	getJSON(t, s2.URL, api.TeachAssignmentPath(cr.Code, "results"), teacher, &res)
	if int(res.Answers) != total || len(res.Students) != students {
		t.Errorf("results: %d answers of %d students; want %d of %d", res.Answers, len(res.Students), total, students)
	}
}
