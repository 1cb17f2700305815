-- customer_product_ref: the products a customer holds as the reported transactions say — bought for more than was
-- redeemed or cancelled — for audiences chosen set-based (customer care's segments). Amounts are not shown.
create view customer_product_ref as
select customer_id, product_code
from customer_transaction
where product_code is not null and type in ('PURCHASE', 'REDEMPTION', 'CANCELLATION')
group by customer_id, product_code
having sum(case when type = 'PURCHASE' then amount else -amount end) > 0;
