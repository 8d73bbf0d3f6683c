package staff

import (
	"context"
	"fmt"
	"time"
)

// Counts says how far the calls made since a moment got, for the health endpoint.
type Counts struct {
	Made         int64 // calls made
	Sent         int64 // ... that a backend took
	Acknowledged int64 // ... that a person answered ("I'm coming" or "Done"; not counted if the shopper cancelled after)
	Escalated    int64 // ... that nobody answered within escalate_after
	Open         int64 // calls in progress now, made at any time
}

// Counts reads the outbox: calls made since since (the kiosk's start, for counters that
// only grow while it runs), and calls open now. The outbox forgets finished calls only at
// start-up, so the numbers never fall while the kiosk runs.
func (d *Dispatcher) Counts(ctx context.Context, since time.Time) (Counts, error) {
	var c Counts
	err := d.box.db.QueryRowContext(ctx, `SELECT
		count(*),
		count(sent_at),
		coalesce(sum(state IN ('acknowledged', 'resolved')), 0),
		count(escalated_at)
		FROM calls WHERE created_at >= ?`, millis(since)).Scan(&c.Made, &c.Sent, &c.Acknowledged, &c.Escalated)
	if err != nil {
		return c, fmt.Errorf("count calls: %w", err)
	}
	err = d.box.db.QueryRowContext(ctx, `SELECT count(*) FROM calls WHERE state NOT IN ('resolved', 'cancelled')`).Scan(&c.Open)
	if err != nil {
		return c, fmt.Errorf("count open calls: %w", err)
	}
	return c, nil
}
