//go:build !js

package practice

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// contractRow is a skill's row in docs/CONTRACT.md's table of skills.
func contractRow(s Skill) string {
	it, _ := New(s.ID, 0, 1)
	var ids []string
	for _, m := range s.Mistakes {
		ids = append(ids, "`"+m.ID+"`")
	}
	return "| `" + s.ID + "` | " + strings.Join(givenKeys(it.Given()), ", ") + " | `" + s.Question + "` | " + s.Form.String() + " | " + strings.Join(ids, ", ") + " |"
}

// givenKeys returns the keys of a Given object, in order, in backquotes.
func givenKeys(given string) []string {
	dec := json.NewDecoder(strings.NewReader(given))
	var keys []string
	if _, err := dec.Token(); err != nil {
		return nil
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return keys
		}
		keys = append(keys, "`"+k.(string)+"`")
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return keys
		}
	}
	return keys
}

// TestContractListsTheSkills checks that docs/CONTRACT.md lists every
// skill with its given, question, form and mistake IDs as the code has
// them.
func TestContractListsTheSkills(t *testing.T) {
	b, err := os.ReadFile("../../docs/CONTRACT.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	if !strings.Contains(doc, "\n## Practice\n") {
		t.Fatal(`docs/CONTRACT.md has no section "## Practice"`)
	}
	var missing []string
	for _, s := range Skills() {
		if row := contractRow(s); !strings.Contains(doc, row+"\n") {
			missing = append(missing, row)
		}
	}
	if len(missing) > 0 {
		t.Errorf("docs/CONTRACT.md lacks these rows of the table of skills (or has them otherwise):\n%s", strings.Join(missing, "\n"))
	}
	for f := FormAddress; f <= FormCall; f++ {
		if !strings.Contains(doc, "| "+f.String()+" |") {
			t.Errorf("docs/CONTRACT.md does not describe the form %s", f)
		}
	}
}
