package assistant

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	openai "github.com/sashabaranov/go-openai"
	"github.com/sashabaranov/go-openai/jsonschema"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// The tools the model may call. They are the only way it learns anything about the store,
// and everything they return is recorded so the reply can be checked against it.
const (
	toolSearch     = "search_products"
	toolGet        = "get_product"
	toolCategories = "list_categories"
	toolStock      = "check_stock"
)

// Limits on what one tool call may ask for and return.
const (
	searchDefault  = 6
	searchMax      = 10
	stockMax       = 10
	callsPerRound  = 8
	nameMax        = 120
	descriptionMax = 300
)

var tools = []openai.Tool{
	{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
		Name: toolSearch,
		Description: "Search the store's products by words (a product, an ingredient, a kind of thing). " +
			"Returns matching products with SKU, name, price, whether in stock and shelf place.",
		Parameters: jsonschema.Definition{
			Type: jsonschema.Object,
			Properties: map[string]jsonschema.Definition{
				"query":         {Type: jsonschema.String, Description: "a few words, e.g. \"corn tortillas\""},
				"limit":         {Type: jsonschema.Integer, Description: "how many products, 1 to 10 (default 6)"},
				"in_stock_only": {Type: jsonschema.Boolean, Description: "only products on the shelf now"},
			},
			Required: []string{"query"},
		},
	}},
	{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
		Name:        toolGet,
		Description: "Get one product by SKU, with its label details (brand, size, tags, description).",
		Parameters: jsonschema.Definition{
			Type:       jsonschema.Object,
			Properties: map[string]jsonschema.Definition{"sku": {Type: jsonschema.String}},
			Required:   []string{"sku"},
		},
	}},
	{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
		Name: toolCategories,
		Description: "List the store's departments, or with a department, the categories in it, " +
			"each with how many products it has.",
		Parameters: jsonschema.Definition{
			Type: jsonschema.Object,
			Properties: map[string]jsonschema.Definition{
				"department": {Type: jsonschema.String, Description: "a department name from the list; omit for all departments"},
			},
		},
	}},
	{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
		Name:        toolStock,
		Description: "Check whether products are in stock now, and where they are, by SKU.",
		Parameters: jsonschema.Definition{
			Type: jsonschema.Object,
			Properties: map[string]jsonschema.Definition{
				"skus": {Type: jsonschema.Array, Items: &jsonschema.Definition{Type: jsonschema.String}},
			},
			Required: []string{"skus"},
		},
	}},
}

// toolProduct is a product as a tool returns it. Prices and places are written the way the
// reply should say them, so the model has no arithmetic or formatting to get wrong.
type toolProduct struct {
	SKU         string   `json:"sku"`
	Name        string   `json:"name"`
	Brand       string   `json:"brand,omitempty"`
	Department  string   `json:"department,omitempty"`
	Category    string   `json:"category,omitempty"`
	Price       string   `json:"price"`
	Unit        string   `json:"unit,omitempty"`
	InStock     bool     `json:"in_stock"`
	Place       string   `json:"place"`
	Tags        []string `json:"tags,omitempty"`
	Description string   `json:"description,omitempty"`
}

// toolbox runs tool calls against the catalog and remembers every product it returned: the
// facts the reply is checked against.
type toolbox struct {
	db    *inventory.DB
	local Local
	facts *facts
	calls int
}

// run executes one tool call and returns its result as JSON. Errors are results too (the
// model may recover from a bad argument), never a failure of the exchange.
func (tb *toolbox) run(ctx context.Context, name, args string) string {
	tb.calls++
	out, err := tb.dispatch(ctx, name, args)
	if err != nil {
		out = map[string]string{"error": err.Error()}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return `{"error":"internal error"}`
	}
	return strings.TrimSpace(b.String())
}

func (tb *toolbox) dispatch(ctx context.Context, name, args string) (any, error) {
	if strings.TrimSpace(args) == "" {
		args = "{}"
	}
	var a struct {
		Query       string   `json:"query"`
		Limit       int      `json:"limit"`
		InStockOnly bool     `json:"in_stock_only"`
		SKU         string   `json:"sku"`
		SKUs        []string `json:"skus"`
		Department  string   `json:"department"`
	}
	if err := json.Unmarshal([]byte(args), &a); err != nil {
		return nil, fmt.Errorf("arguments are not a JSON object: %v", err)
	}
	switch name {
	case toolSearch:
		return tb.search(ctx, a.Query, a.Limit, a.InStockOnly)
	case toolGet:
		return tb.get(ctx, a.SKU)
	case toolCategories:
		return tb.categories(ctx, a.Department)
	case toolStock:
		if len(a.SKUs) == 0 && a.SKU != "" {
			a.SKUs = []string{a.SKU}
		}
		return tb.stock(ctx, a.SKUs)
	}
	return nil, fmt.Errorf("no tool named %q; the tools are %s, %s, %s, %s", name, toolSearch, toolGet, toolCategories, toolStock)
}

// search asks the local engine first (it knows the shoppers' words: "jam" finds preserves,
// "chese" finds cheese), then the full-text index, and returns the products as the database
// holds them.
func (tb *toolbox) search(ctx context.Context, query string, limit int, inStockOnly bool) (any, error) {
	query = strings.TrimSpace(query)
	if query == "" {
		return nil, errors.New("query is empty")
	}
	if limit <= 0 {
		limit = searchDefault
	}
	limit = min(limit, searchMax)
	var out []toolProduct
	seen := map[string]bool{}
	add := func(p *inventory.Product) {
		if len(out) < limit && !seen[p.SKU] && (!inStockOnly || p.InStock()) {
			seen[p.SKU] = true
			out = append(out, tb.facts.add(p, false))
		}
	}
	if tb.local != nil {
		if r := tb.local.Ask(ctx, answer.Question{Text: query}); r.Found {
			for _, p := range r.Products {
				if len(out) >= limit {
					break
				}
				if full, err := tb.db.BySKU(ctx, p.SKU); err == nil {
					add(full) // the engine's copy may predate a sync: the database is the truth
				}
			}
		}
	}
	if len(out) < limit {
		ps, err := tb.db.Search(ctx, query, limit*2)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			add(p)
		}
	}
	if out == nil {
		out = []toolProduct{}
	}
	return map[string]any{"query": neutralise(query, 80), "products": out}, nil
}

func (tb *toolbox) get(ctx context.Context, sku string) (any, error) {
	p, err := tb.db.BySKU(ctx, strings.TrimSpace(sku))
	if errors.Is(err, inventory.ErrNotFound) {
		return nil, fmt.Errorf("no product with SKU %q", neutralise(sku, 40))
	}
	if err != nil {
		return nil, err
	}
	return tb.facts.add(p, true), nil
}

func (tb *toolbox) categories(ctx context.Context, dept string) (any, error) {
	depts, err := tb.db.Departments(ctx)
	if err != nil {
		return nil, err
	}
	type count struct {
		Name     string `json:"name"`
		Products int    `json:"products"`
	}
	dept = strings.TrimSpace(dept)
	// The store's names as shoppers read them ("Dairy & Eggs"), not the feed's slugs; a
	// department may be asked for by either.
	if dept == "" {
		out := make([]count, 0, len(depts))
		for _, d := range depts {
			out = append(out, count{neutralise(d.Label, nameMax), d.Products})
		}
		return map[string]any{"departments": out}, nil
	}
	var names []string
	for _, d := range depts {
		names = append(names, neutralise(d.Label, nameMax))
		if !strings.EqualFold(d.Name, dept) && !strings.EqualFold(d.Label, dept) {
			continue
		}
		cats, err := tb.db.Categories(ctx, d.Name)
		if err != nil {
			return nil, err
		}
		out := make([]count, 0, len(cats))
		for _, c := range cats {
			out = append(out, count{neutralise(c.Label, nameMax), c.Products})
		}
		return map[string]any{"department": neutralise(d.Label, nameMax), "categories": out}, nil
	}
	return nil, fmt.Errorf("no department %q; the departments are: %s", neutralise(dept, 40), strings.Join(names, ", "))
}

func (tb *toolbox) stock(ctx context.Context, skus []string) (any, error) {
	if len(skus) == 0 {
		return nil, errors.New("give at least one SKU")
	}
	if len(skus) > stockMax {
		skus = skus[:stockMax]
	}
	type line struct {
		SKU     string `json:"sku"`
		Name    string `json:"name,omitempty"`
		InStock *bool  `json:"in_stock,omitempty"`
		Place   string `json:"place,omitempty"`
		Error   string `json:"error,omitempty"`
	}
	var out []line
	for _, sku := range skus {
		p, err := tb.db.BySKU(ctx, strings.TrimSpace(sku))
		if errors.Is(err, inventory.ErrNotFound) {
			out = append(out, line{SKU: neutralise(sku, 40), Error: "no such product"})
			continue
		}
		if err != nil {
			return nil, err
		}
		tp := tb.facts.add(p, false)
		in := p.InStock()
		out = append(out, line{SKU: tp.SKU, Name: tp.Name, InStock: &in, Place: tp.Place})
	}
	return map[string]any{"stock": out}, nil
}

// facts are the products the tools returned, as the database holds them.
type facts struct {
	bySKU map[string]*fact
	order []string
}

// fact is one returned product with the name the model saw, split for matching in the reply.
type fact struct {
	p     *inventory.Product
	name  string   // as the model saw it
	words []string // name's matching keys
}

func newFacts() *facts { return &facts{bySKU: map[string]*fact{}} }

// add records a product and returns it in its tool form; full adds the label details.
func (f *facts) add(p *inventory.Product, full bool) toolProduct {
	name := neutralise(p.DisplayName(), nameMax)
	if name == "" {
		name = "product " + p.SKU
	}
	if _, ok := f.bySKU[p.SKU]; !ok {
		f.order = append(f.order, p.SKU)
	}
	f.bySKU[p.SKU] = &fact{p: p, name: name, words: keys(name)}
	place := "not recorded"
	if p.Location.Known() {
		place = neutralise(p.Location.String(), nameMax)
	}
	tp := toolProduct{SKU: p.SKU, Name: name, Price: p.Price.String(), InStock: p.InStock(), Place: place,
		Category: neutralise(p.CategoryLabel(), nameMax), Department: neutralise(p.DepartmentLabel(), nameMax)}
	if full {
		tp.Brand = neutralise(p.Brand, nameMax)
		tp.Unit = neutralise(p.Unit, 40)
		for _, t := range p.Tags {
			if t = neutralise(t, 40); t != "" {
				tp.Tags = append(tp.Tags, t)
			}
		}
		tp.Description = neutralise(p.Description, descriptionMax)
	}
	return tp
}

// lookup finds a returned product by SKU, ignoring case.
func (f *facts) lookup(sku string) *fact {
	if x, ok := f.bySKU[sku]; ok {
		return x
	}
	for k, x := range f.bySKU {
		if strings.EqualFold(k, sku) {
			return x
		}
	}
	return nil
}
