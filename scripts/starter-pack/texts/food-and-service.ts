import type { TextBook } from './types'

/** Food, retail and personal-service jobs. Every sentence here is written by Career Atlas. */
export const FOOD_AND_SERVICE: TextBook = {
  '35-3023.00': {
    description:
      'Fast food and counter workers take orders, make simple food and drinks, and hand them to customers. They work at burger places, pizza shops, cafeterias and snack bars, often at busy times like lunch and late at night.',
    tasks: [
      ['C', 'Greet customers at the counter or drive-through and enter their orders.'],
      ['C', 'Take cash or card payments and count out the right change.'],
      ['C', 'Cook fries, sandwiches or other menu items by following set steps.'],
      ['C', 'Pack orders into bags or onto trays and check that nothing is missing.'],
      ['C', 'Wipe tables, counters and machines and empty the trash.'],
      ['S', 'Refill napkins, cups, sauces and ice during a shift.'],
      ['S', 'Follow food safety rules such as washing hands and checking temperatures.'],
    ],
  },
  '35-3023.01': {
    description:
      'Baristas make coffee, tea and other drinks at cafes and coffee shops. They learn many recipes, run espresso machines and keep the counter friendly and moving.',
    tasks: [
      ['C', 'Make espresso drinks, brewed coffee and tea the way each customer asked.'],
      ['C', 'Steam and froth milk to the right texture for lattes and cappuccinos.'],
      ['C', 'Take orders, answer menu questions and ring up sales.'],
      ['C', 'Clean the espresso machine, grinders and blenders on a schedule.'],
      ['S', 'Warm up pastries or sandwiches and serve them with drinks.'],
      ['S', 'Restock beans, milk, cups and lids before they run out.'],
      ['S', 'Suggest new drinks or seasonal flavors to regular customers.'],
    ],
  },
  '35-2021.00': {
    description:
      'Food preparation workers get ingredients ready so cooks can make meals quickly. They wash, peel and chop food, measure things out and keep the kitchen clean.',
    tasks: [
      ['C', 'Wash, peel and cut vegetables, fruit and meat into the sizes the recipe needs.'],
      ['C', 'Measure out ingredients and put them in labeled containers.'],
      ['C', 'Put together salads, cold plates and simple sides.'],
      ['C', 'Store food in coolers and freezers and mark the date on it.'],
      ['C', 'Scrub pots, cutting boards and work areas between tasks.'],
      ['S', 'Unload deliveries and put supplies where they belong.'],
      ['S', 'Tell the cook when an ingredient is running low.'],
    ],
  },
  '41-2031.00': {
    description:
      'Retail salespersons help shoppers find what they need in stores that sell clothes, shoes, phones, cars, furniture and more. They explain products, ring up sales and keep the sales floor neat.',
    tasks: [
      ['C', 'Welcome shoppers and ask what they are looking for.'],
      ['C', 'Explain how products work and compare choices and prices.'],
      ['C', 'Ring up purchases, take payment and handle returns.'],
      ['C', 'Fold, hang and arrange items so they look good on the shelves.'],
      ['S', 'Check the stockroom or computer to see if a size or color is available.'],
      ['S', 'Set up displays for sales and new arrivals.'],
      ['S', 'Sign customers up for store cards or rewards programs.'],
    ],
  },
  '41-2011.00': {
    description:
      'Cashiers ring up what customers buy and take their payment. They work in grocery stores, gas stations, movie theaters and many other places, and they are often the last person a shopper talks to.',
    tasks: [
      ['C', 'Scan items or type in prices and tell the customer the total.'],
      ['C', 'Take cash, cards or phone payments and give back correct change.'],
      ['C', 'Count the money in the register at the start and end of a shift.'],
      ['C', 'Bag items carefully so heavy things do not crush soft ones.'],
      ['S', 'Check ID when someone buys age-limited products.'],
      ['S', 'Answer questions about store hours, sales and where things are.'],
      ['S', 'Keep the checkout lane clean and stocked with bags.'],
    ],
  },
  '35-2014.00': {
    description:
      'Restaurant cooks make the meals on a restaurant menu. They grill, fry, bake and plate food fast while keeping it safe and tasting the same every time.',
    tasks: [
      ['C', 'Cook meat, fish, vegetables and sauces to order on the grill, stove or fryer.'],
      ['C', 'Set up their station before the rush with everything they will need.'],
      ['C', 'Plate food neatly so it matches how the dish should look.'],
      ['C', 'Check that meat is cooked to a safe temperature.'],
      ['S', 'Taste food and adjust seasoning as they go.'],
      ['S', 'Help plan specials and count what supplies to order.'],
      ['S', 'Clean grills, fryers and floors at closing time.'],
    ],
  },
  '35-3031.00': {
    description:
      "Waiters and waitresses serve people who eat at restaurants. They take orders, bring food and drinks, and try to make each table's visit a good one.",
    tasks: [
      ['C', 'Seat guests or greet them at their table and hand out menus.'],
      ['C', 'Describe dishes and specials and answer questions about ingredients.'],
      ['C', 'Write down or enter orders and send them to the kitchen.'],
      ['C', 'Carry plates and drinks to the table and check back during the meal.'],
      ['C', 'Bring the bill and process payment.'],
      ['S', 'Clear and reset tables for the next guests.'],
      ['S', 'Warn the kitchen about food allergies.'],
    ],
  },
  '43-4051.00': {
    description:
      'Customer service representatives help people with questions and problems by phone, chat, email or in person. They fix orders, explain bills and pass hard cases to the right team.',
    tasks: [
      ['C', 'Answer calls, chats and emails from customers.'],
      ['C', 'Look up accounts and orders on the computer.'],
      ['C', 'Explain charges, policies and how to use a product.'],
      ['C', 'Process refunds, exchanges and changes to an order.'],
      ['C', 'Write short notes about each conversation in the customer record.'],
      ['S', 'Send difficult problems to a supervisor or specialist.'],
      ['S', 'Stay calm and polite when a customer is upset.'],
    ],
  },
  '39-2021.00': {
    description:
      'Animal caretakers feed, clean and look after animals in kennels, shelters, pet stores, stables and zoos. They notice when an animal seems sick and help keep it comfortable.',
    tasks: [
      ['C', 'Feed animals and make sure they always have clean water.'],
      ['C', 'Clean cages, stalls and pens and put in fresh bedding.'],
      ['C', 'Walk, exercise and play with dogs and other animals.'],
      ['C', 'Watch for signs of sickness or injury and report them.'],
      ['S', 'Bathe, brush and trim the fur of pets.'],
      ['S', 'Give medicine when a vet has told them how.'],
      ['S', 'Talk with owners when they drop off or pick up pets.'],
    ],
  },
  '35-1011.00': {
    description:
      'Chefs and head cooks run restaurant kitchens. They create the menu, lead the cooks and make sure every plate that leaves the kitchen is safe, tasty and on time.',
    tasks: [
      ['C', "Plan menus and write recipes that fit the restaurant's style and budget."],
      ['C', 'Direct cooks during service and check dishes before they go out.'],
      ['C', 'Order food and supplies and keep track of costs.'],
      ['C', 'Hire and train kitchen staff and set their schedules.'],
      ['C', 'Make sure the kitchen follows health and safety rules.'],
      ['S', 'Invent new dishes and test them with the team.'],
      ['S', 'Talk with guests or managers about special events and catering.'],
    ],
  },
  '39-5012.00': {
    description:
      'Hairstylists and cosmetologists cut, color and style hair and may also do skin and nail care. They work in salons and spas and need a state license.',
    tasks: [
      ['C', 'Talk with clients about the look they want and what suits their hair.'],
      ['C', 'Wash, cut, trim and style hair with scissors, razors and clippers.'],
      ['C', 'Mix and apply hair color, highlights and straightening or curling treatments.'],
      ['C', 'Clean and disinfect tools and work stations between clients.'],
      ['S', 'Book appointments and keep records of what each client had done.'],
      ['S', 'Recommend and sell hair care products.'],
      ['S', 'Give facials, makeup or manicures where licensed to do so.'],
    ],
  },
  '39-9011.00': {
    description:
      'Childcare workers look after babies and young children when their parents are at work. They keep kids safe, feed them, and plan games and activities that help them learn and grow.',
    tasks: [
      ['C', 'Watch children closely indoors and outdoors to keep them safe.'],
      ['C', 'Serve meals and snacks and help young children eat.'],
      ['C', 'Change diapers and help kids learn to use the bathroom and wash hands.'],
      ['C', 'Lead songs, stories, art and outdoor play.'],
      ['C', 'Keep to a daily routine with naps and quiet time.'],
      ['S', 'Tell parents how the day went and mention any worries.'],
      ['S', 'Clean toys and play areas.'],
    ],
  },
  '39-3091.00': {
    description:
      'Amusement and recreation attendants help run rides, games and activities at theme parks, arcades, bowling alleys, pools and fairs. Many teens take these jobs in summer.',
    tasks: [
      ['C', 'Run rides and games and follow the safety checklist each time.'],
      ['C', 'Check that riders meet height rules and that belts and bars are locked.'],
      ['C', 'Take tickets, sell game cards and hand out prizes.'],
      ['C', 'Explain the rules to guests and keep lines moving.'],
      ['S', 'Rent out equipment such as shoes, skates or boats.'],
      ['S', 'Tidy the area and report anything broken.'],
    ],
  },
  '37-3011.00': {
    description:
      'Landscaping and groundskeeping workers keep lawns, parks, school grounds and gardens looking good. They mow, plant, trim and water, mostly outdoors and with power tools.',
    tasks: [
      ['C', 'Mow grass and edge along sidewalks and flower beds.'],
      ['C', 'Plant trees, bushes and flowers and spread mulch.'],
      ['C', 'Trim hedges and rake or blow leaves.'],
      ['C', 'Water plants by hand or set up sprinklers.'],
      ['S', 'Spread fertilizer and pull weeds.'],
      ['S', 'Clean and fuel mowers, trimmers and blowers.'],
      ['S', 'Shovel snow and spread salt in winter.'],
    ],
  },
}
